using PerfEvalDocGen.WordMarkup;

namespace PerfEvalDocGen.Tests.WordMarkup;

/// <summary>The line estimate, counted in half units, against the plain decimal formula it replaced.</summary>
public sealed class TextLinesTests
{
    [Theory]
    [InlineData("", 10, 1)]
    [InlineData("一二三四五", 5, 1)]
    [InlineData("一二三四五六", 5, 2)]
    [InlineData("abcdefghij", 5, 1)]
    [InlineData("abcdefghijk", 5, 2)]
    [InlineData("一\n二\r\n三", 5, 3)]
    [InlineData("\n", 3, 2)]
    public void Lines_are_counted_per_line_with_half_width_characters_as_half(string text, int capacity, int expected) =>
        Assert.Equal(expected, TextLines.Estimate(text, capacity));

    [Fact]
    public void Random_texts_give_what_the_decimal_formula_gives()
    {
        const string pool = "一二三四五六七八九十abcXYZ0123.,%—…“”‘’（）、\n\r ";
        for (var seed = 0; seed < 3000; seed++)
        {
            var random = new Random(seed);
            var text = new string(Enumerable.Range(0, random.Next(0, 120)).Select(_ => pool[random.Next(pool.Length)]).ToArray());
            var capacity = random.Next(1, 40);
            Assert.True(Formula(text, capacity) == TextLines.Estimate(text, capacity), $"seed {seed}: “{text}” at {capacity}");
        }
    }

    [Fact]
    public void A_capacity_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TextLines.Estimate("一", 0));

    private static int Formula(string text, int capacity)
    {
        var lines = 0;
        foreach (var line in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var units = line.Sum(c => c < 0x2E80 && c is not ('—' or '…' or '“' or '”' or '‘' or '’') ? 0.5m : 1m);
            lines += Math.Max(1, (int)Math.Ceiling((units + (units > capacity ? 1 : 0)) / capacity));
        }
        return lines;
    }
}
