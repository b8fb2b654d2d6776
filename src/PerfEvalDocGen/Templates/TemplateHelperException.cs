namespace PerfEvalDocGen.Templates;

/// <summary>A helper was called with arguments it cannot format; turned into a template diagnostic.</summary>
internal sealed class TemplateHelperException(string message) : Exception(message);
