namespace PerfEvalDocGen.Figures;

/// <summary>Puts a unit's region in front of its name without saying the region twice.</summary>
public static class UnitNames
{
    /// <summary>
    /// 岳阳市 + 岳阳楼区岳阳楼街道办事处 → 岳阳市岳阳楼区岳阳楼街道办事处; 长沙市 + 长沙市天心区城管局 → 长沙市天心区城管局;
    /// 长沙市天心区 + 天心区城管局 → 长沙市天心区城管局 (the region's end and the name's start overlap).
    /// </summary>
    public static string WithRegion(string? region, string name)
    {
        region = region?.Trim() ?? "";
        if (region.Length == 0 || name.StartsWith(region, StringComparison.Ordinal) || name.Contains(region, StringComparison.Ordinal))
        {
            return name;
        }
        // The longest end of the region that starts the name, of at least two characters (天心区, not 区).
        for (var overlap = Math.Min(region.Length, name.Length); overlap >= 2; overlap--)
        {
            if (string.CompareOrdinal(region, region.Length - overlap, name, 0, overlap) == 0)
            {
                return region + name[overlap..];
            }
        }
        return region + name;
    }

    /// <summary>
    /// The word the narrative uses for the unit in general (“街道的基本支出总额”, “街道总人数”): 街道 for a street office,
    /// 本镇 or 本乡 for a township government, 本单位 for anything else (a bureau, a committee, a centre), so a sentence
    /// written for a street office does not call a bureau a street.
    /// </summary>
    public static string Kind(string name)
    {
        name = name.Trim();
        if (name.Contains("街道", StringComparison.Ordinal))
        {
            return "街道";
        }
        foreach (var (ending, word) in new[] { ("镇人民政府", "本镇"), ("镇政府", "本镇"), ("镇", "本镇"), ("乡人民政府", "本乡"), ("乡政府", "本乡"), ("乡", "本乡") })
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
            {
                return word;
            }
        }
        return "本单位";
    }
}
