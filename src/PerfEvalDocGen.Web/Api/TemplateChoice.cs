namespace PerfEvalDocGen.Web.Api;

/// <summary>One template set a client can choose.</summary>
/// <param name="Name">The name a request passes as <c>templates</c>.</param>
/// <param name="Description">The manifest's description, in Chinese.</param>
/// <param name="Source">内置 (built in) or 目录 (the <c>--templates</c> folder).</param>
/// <param name="IsDefault">Whether the page selects it at first.</param>
internal sealed record TemplateChoice(string Name, string Description, string Source, bool IsDefault);
