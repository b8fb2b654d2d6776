namespace PerfEvalDocGen.Templates;

/// <summary>One attachment form's description as the set holds it: the file's text and how messages name the file.</summary>
internal sealed record FormFile(string Text, string ShownAs);
