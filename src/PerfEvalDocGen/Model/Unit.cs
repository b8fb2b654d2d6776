namespace PerfEvalDocGen.Model;

/// <summary>The reporting unit and the year evaluated.</summary>
public sealed class Unit
{
    /// <summary>The unit's name as printed on the forms, e.g. 岳阳楼区岳阳楼街道办事处.</summary>
    [Field("单位名称", "表格和标题中使用的单位全称，如“岳阳楼区岳阳楼街道办事处”。", Required = true)]
    public string Name { get; set; } = "";

    /// <summary>The short name the narrative uses, e.g. 岳阳楼街道办事处.</summary>
    [Field("单位简称", "正文中使用的简称，如“岳阳楼街道办事处”。")]
    public string? ShortName { get; set; }

    /// <summary>The region prefixed to the name where the narrative gives it in full, e.g. 岳阳市.</summary>
    [Field("所属地区", "正文写全称时加在单位名称前的地区，如“岳阳市”。")]
    public string? Region { get; set; }

    /// <summary>How the unit refers to itself in the narrative, e.g. 我办事处.</summary>
    [Field("单位自称", "正文中单位的自称，如“我办事处”。")]
    public string? SelfReference { get; set; }

    /// <summary>The budget year evaluated.</summary>
    [Field("评价年度", "自评的预算年度，如 2023。", Required = true, Minimum = 2000, Maximum = 2100)]
    public int Year { get; set; }
}
