namespace PerfEvalDocGen.Layout;

/// <summary>Conversions to Word's units: twips (1/1440 inch) and half-points.</summary>
internal static class Twips
{
    /// <summary>Millimetres to twips, rounded to the nearest twip.</summary>
    public static int FromMm(decimal mm) => (int)Math.Round(mm * 1440m / 25.4m, MidpointRounding.AwayFromZero);

    /// <summary>Points to twips.</summary>
    public static int FromPoints(decimal points) => (int)Math.Round(points * 20m, MidpointRounding.AwayFromZero);

    /// <summary>Points to half-points, the unit of w:sz.</summary>
    public static string HalfPoints(decimal points) => ((int)Math.Round(points * 2m, MidpointRounding.AwayFromZero)).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
