namespace PerfEvalDocGen.Wording;

/// <summary>Finds the known name closest to a mistyped one, for "did you mean" suggestions.</summary>
public static class TextDistance
{
    /// <summary>The candidate nearest <paramref name="name"/> (case aside), when it is near enough to be a slip of typing.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        var best = (Name: (string?)null, Distance: int.MaxValue);
        foreach (var candidate in candidates)
        {
            var distance = string.Equals(candidate, name, StringComparison.OrdinalIgnoreCase) ? 0 : Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < best.Distance)
            {
                best = (candidate, distance);
            }
        }
        return best.Distance <= Math.Max(2, name.Length / 3) ? best.Name : null;
    }

    /// <summary>How many characters must be inserted, deleted or replaced to turn <paramref name="a"/> into <paramref name="b"/>.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
