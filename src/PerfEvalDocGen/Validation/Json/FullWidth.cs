namespace PerfEvalDocGen.Validation.Json;

/// <summary>Full-width (Chinese input method) punctuation that stands where JSON needs its ASCII form.</summary>
internal static class FullWidth
{
    /// <summary>The ASCII mark <paramref name="c"/> stands for, quoted for a message, or null when it is no such mark.</summary>
    public static string? Meaning(char c) => c switch
    {
        '，' => "“,”",
        '：' => "“:”",
        '｛' => "“{”",
        '｝' => "“}”",
        '［' or '【' => "“[”",
        '］' or '】' => "“]”",
        '“' or '”' or '＂' => "“\"”",
        '、' => "“,”",
        _ => null,
    };
}
