"""What every Lantu algorithm shares: ids, groups, translated names, icon, the dependency check, the guard
(guard.py) around its processAlgorithm, the parameters every algorithm declares alike, and progress and cancel."""
from qgis.core import (
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFileDestination,
)
from qgis.PyQt.QtGui import QIcon

from ... import dependencies
from ...paths import ICON
from ...translation import tr
from . import guard

GROUPS = {
    "status": lambda: tr("1 现状研判 Current state"),
    "targets": lambda: tr("2 目标定位 Targets"),
    "bottomlines": lambda: tr("3 底线约束 Bottom lines"),
    "quality": lambda: tr("4 提质增效 Quality"),
    "delivery": lambda: tr("5 保障落实 Delivery"),
}


class LantuAlgorithm(QgsProcessingAlgorithm):
    """Common behaviour: ids, groups, translated names and help, dependency check, and the guard."""

    ID = ""
    GROUP_ID = ""
    # parameter names many algorithms share (a contract with models and scripts: never renamed)
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    AREA_METHOD = "AREA_METHOD"

    def __init_subclass__(cls, **kwargs):
        """Every subclass's own processAlgorithm runs inside the guard: QGIS calls it through SIP by name,
        so the wrapper set here is what runs (tests/test_guard.py checks that QGIS really calls it)."""
        super().__init_subclass__(**kwargs)
        process = cls.__dict__.get("processAlgorithm")
        if process is not None and not getattr(process, "lantu_guarded", False):
            cls.processAlgorithm = guard.guarded(process)

    def name(self):
        return self.ID

    def createInstance(self):
        return type(self)()

    def icon(self):
        return QIcon(ICON)

    def groupId(self):
        return self.GROUP_ID

    def group(self):
        return GROUPS[self.GROUP_ID]()

    def tr(self, text):
        return tr(text)

    def require_dependencies(self, *extras):
        """Refuse, saying what to install, when a requirement (or one of the dependencies.EXTRAS named) is missing."""
        problem = dependencies.describe_missing(dependencies.missing(extras))
        if problem:
            raise QgsProcessingException(problem)


def add_area_method_parameter(algorithm):
    """AREA_METHOD, as every algorithm that measures areas has it: 0 planar, 1 ellipsoidal."""
    algorithm.addParameter(QgsProcessingParameterEnum(
        LantuAlgorithm.AREA_METHOD, tr("Area method"), [tr("planar (projected CRS)"), tr("ellipsoidal (CGCS2000)")], defaultValue=0))


def add_report_parameter(algorithm):
    """The optional HTML REPORT every algorithm offers."""
    algorithm.addParameter(QgsProcessingParameterFileDestination(
        LantuAlgorithm.REPORT, tr("HTML report"), tr("HTML files (*.html)"), optional=True, createByDefault=False))


def stop_if_cancelled(feedback):
    """Stop the algorithm where it stands when the planner pressed Cancel."""
    if feedback.isCanceled():
        raise QgsProcessingException(tr("Cancelled."))


def progress(feedback, start=0.0, span=100.0):
    """A core progress(fraction) callback: moves the bar from start over span, False once cancelled."""
    def report(fraction):
        feedback.setProgress(start + span * fraction)
        return not feedback.isCanceled()
    return report
