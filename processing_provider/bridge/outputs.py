"""Secondary outputs (SUMMARY, MATRIX, TRANSFER, MOVED …): optional to scripts and models, created by default
in the dialogs, and written only when asked for. The primary OUTPUT stays required, as in QGIS's own algorithms."""
from qgis.core import QgsProcessingParameterFeatureSink


def add_secondary_sink(algorithm, name, description, kind):
    """A feature sink a script may leave out (processing.run without it runs), a dialog creates by default."""
    algorithm.addParameter(QgsProcessingParameterFeatureSink(name, description, kind, optional=True,
                                                             createByDefault=True))


def asked_for(algorithm, parameters, name, context):
    """Whether the output `name` was asked for (given, and not 'skip output')."""
    if parameters.get(name) is None:
        return False
    return bool(algorithm.parameterAsOutputLayer(parameters, name, context))
