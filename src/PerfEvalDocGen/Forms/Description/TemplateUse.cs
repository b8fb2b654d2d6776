using PerfEvalDocGen.DataFormat;

namespace PerfEvalDocGen.Forms.Description;

/// <summary>A template text inside a form description, with where it starts and the loop variables it can see (for <c>templates check</c>).</summary>
internal sealed record TemplateUse(string Source, Position At, FormScope Scope);
