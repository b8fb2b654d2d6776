namespace PerfEvalDocGen.Tests.Generated;

/// <summary>Chinese text without digits, so every figure a package prints comes from a number field.</summary>
internal static class TextPool
{
    private const string Characters = "社区街道服务群众工作推进落实完善管理机制建设环境治理安全生产民生保障组织党建宣传文化卫生健康就业养老教育综合执法城市更新改造提升规范开展加强深化创新";

    /// <summary>A run of 1 to <paramref name="longest"/> characters, ending with 。 when <paramref name="sentence"/>.</summary>
    public static string Text(Choices choices, int longest, bool sentence = false)
    {
        var length = 1 + choices.Next(longest);
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = Characters[choices.Next(Characters.Length)];
        }
        return new string(chars) + (sentence ? "。" : "");
    }

    /// <summary>
    /// A unit name: mostly a street office, sometimes very long (35 characters and more), sometimes another kind of
    /// unit (a bureau, a committee, a township government) that the narrative must not call a street.
    /// </summary>
    public static string UnitName(Choices choices) =>
        choices.Next(20) switch
        {
            0 or 1 or 2 => Text(choices, 20) + "区" + Text(choices, 30) + "办事处",
            3 or 4 => Text(choices, 8) + "局",
            5 => Text(choices, 8) + "委员会",
            6 => Text(choices, 6) + "镇人民政府",
            _ => Text(choices, 8) + "街道办事处",
        };
}
