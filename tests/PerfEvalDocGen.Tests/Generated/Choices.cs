namespace PerfEvalDocGen.Tests.Generated;

/// <summary>
/// The random decisions behind one generated unit, read in order. CsCheck shrinks the array towards shorter and
/// smaller values, and 0 always means the simplest choice (absent, empty, zero, short), so a failing unit shrinks
/// to a small one.
/// </summary>
public sealed class Choices(uint[] values)
{
    private int next;

    /// <summary>A number in [0, count); 0 once the decisions run out.</summary>
    public int Next(int count) => count <= 1 || next >= values.Length ? 0 : (int)(values[next++] % (uint)count);

    /// <summary>True with about the given chance in percent; false once the decisions run out.</summary>
    public bool Chance(int percent) => Next(100) >= 100 - percent;

    /// <summary>One of the items, the first being the simplest.</summary>
    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
