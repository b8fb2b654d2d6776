using PerfEvalDocGen.Templates;

namespace PerfEvalDocGen.Forms.Description;

/// <summary>A cell's text as one paragraph per item of a list, e.g. 目标1：…, 目标2：….</summary>
internal sealed record ParagraphList(FormPath Each, string As, string? Index, CompiledTemplate Text);
