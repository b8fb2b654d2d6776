namespace PerfEvalDocGen.Figures;

/// <summary>The grade bands of the total score.</summary>
public static class Grades
{
    /// <summary>优 ≥ 90; 良 80 to under 90; 中 60 to under 80; 差 under 60.</summary>
    public static string Of(decimal totalScore) => totalScore switch
    {
        >= 90m => "优",
        >= 80m => "良",
        >= 60m => "中",
        _ => "差",
    };
}
