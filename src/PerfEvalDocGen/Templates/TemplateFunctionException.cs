namespace PerfEvalDocGen.Templates;

/// <summary>A template function refused its arguments; the message is for the template's maintainer, in Chinese.</summary>
internal sealed class TemplateFunctionException(string message, string? suggestion = null, string code = "PE303") : Exception(message)
{
    /// <summary>What to write instead, if there is a usual fix.</summary>
    public string? Suggestion { get; } = suggestion;

    /// <summary>The diagnostic code it becomes (PE303 for a function, PE315 for an include).</summary>
    public string Code { get; } = code;
}
