namespace PerfEvalDocGen.Forms.Description;

/// <summary>One copy of the form per item of a list (a page each); with <see cref="BlankWhenEmpty"/> an empty list prints one blank copy.</summary>
internal sealed record FormRepeat(FormPath Each, string As, string? Index, bool BlankWhenEmpty);
