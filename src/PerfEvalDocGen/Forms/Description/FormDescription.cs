using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Forms.Description;

/// <summary>
/// An attachment form as its file in the template set declares it (forms/&lt;id&gt;.json): per copy the title, the lines
/// under it and the tables; after the copies the notes and the signature line.
/// </summary>
internal sealed record FormDescription(string Id, string File, CompiledTemplate Title, IReadOnlyList<TableDescription> Tables)
{
    /// <summary>The form is printed only when this list has items (or this value is filled in).</summary>
    public FormPath? When { get; init; }

    public FormRepeat? Repeat { get; init; }

    /// <summary>Lines between the title and the first table, e.g. 单位：万元.</summary>
    public IReadOnlyList<CompiledTemplate> Before { get; init; } = [];

    /// <summary>Notes after the last copy, each kept with what follows.</summary>
    public IReadOnlyList<CompiledTemplate> Notes { get; init; } = [];

    /// <summary>The signature line (填表人…), or none.</summary>
    public CompiledTemplate? Signature { get; init; }

    /// <summary>Every template text of the form with the names it can see, for <c>templates check</c>.</summary>
    public IReadOnlyList<TemplateUse> Uses { get; init; } = [];
}
