"""Small Lantu algorithms for testing the bridge, defined here as a new algorithm would be: they subclass
LantuAlgorithm and so run inside the guard without a word about it. run() goes through QGIS's own
QgsProcessingAlgorithm.run (C++), so the processAlgorithm that runs is the one QGIS calls through SIP."""
import numpy as np
from conftest import LoggingFeedback
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProject,
)

from lantu.processing_provider import bridge


class ReadProbe(bridge.LantuAlgorithm):
    """Reads INPUT (and SECOND) with the bridge's one reader and says what it got."""

    ID = "readprobe"
    GROUP_ID = "status"

    def displayName(self):
        return "Read probe"

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource("INPUT", "input"))
        self.addParameter(QgsProcessingParameterFeatureSource("SECOND", "second", optional=True))
        self.addParameter(QgsProcessingParameterBoolean("REPAIR", "repair", defaultValue=True))
        self.addParameter(QgsProcessingParameterBoolean("ELLIPSOIDAL", "ellipsoidal", defaultValue=False))
        for name in ("COUNT", "AREA", "CURVED"):
            self.addOutput(QgsProcessingOutputNumber(name, name))
        for name in ("FAULTS", "DISJOINT", "SECOND_DISJOINT"):
            self.addOutput(QgsProcessingOutputString(name, name))

    def processAlgorithm(self, parameters, context, feedback):
        import shapely

        source = self.parameterAsSource(parameters, "INPUT", context)
        crs = bridge.working_crs(source, int(self.parameterAsBool(parameters, "ELLIPSOIDAL", context)), context)
        repair = self.parameterAsBool(parameters, "REPAIR", context)
        data = bridge.read(self, parameters, "INPUT", context, feedback, crs, (), "input", bridge.geometry_kind(source), repair)
        present = np.array([g is not None for g in data.geoms], dtype=bool)
        faults = data.faults if data.faults is not None else np.zeros(len(data), dtype=np.int8)
        out = {"COUNT": len(data), "AREA": float(shapely.area(data.geoms[present]).sum()), "CURVED": int(np.count_nonzero(data.curved)),
               "FAULTS": ",".join(f"{int(f)}:{int(k)}" for f, k in zip(data.fids, faults) if k),
               "DISJOINT": data.disjoint_from, "SECOND_DISJOINT": ""}
        if self.parameterAsSource(parameters, "SECOND", context) is not None:
            second = bridge.read(self, parameters, "SECOND", context, feedback, crs, (), "second", bridge.ANY)
            out["SECOND_DISJOINT"] = second.disjoint_from
        return out


class Boom(bridge.LantuAlgorithm):
    """Fails as code fails: FAIL = 'plain' (an error anywhere), 'reading' (while reading a feature),
    'deliberate' (a QgsProcessingException in the planner's words)."""

    ID = "boom"
    GROUP_ID = "status"
    FAIL = "plain"

    def displayName(self):
        return "Boom"

    def initAlgorithm(self, config=None):
        pass

    def processAlgorithm(self, parameters, context, feedback):
        if self.FAIL == "deliberate":
            raise QgsProcessingException("Give at least two of the three control lines.")
        if self.FAIL == "reading":
            from lantu.processing_provider.bridge import guard

            with guard.reading("parcels (dltb)", 7):
                {}["DLBM"]  # a KeyError, as a missing column would raise
        return {"X": 1 / 0}


class BoomWhileReading(Boom):
    FAIL = "reading"


class Refusing(Boom):
    FAIL = "deliberate"


def run(algorithm_class, parameters):
    """(results, feedback) of algorithm_class through QgsProcessingAlgorithm.run, exceptions not caught."""
    algorithm = algorithm_class()
    algorithm.initAlgorithm()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = LoggingFeedback()
    results, ok = algorithm.run(parameters, context, feedback, {}, False)
    return results, feedback
