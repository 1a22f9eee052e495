namespace Register.Readability;

/// <summary>
/// The readability formula suited to each language, from the published coefficients (ASL = words per sentence,
/// ASW = syllables per word): Flesch–Douma for Dutch (Douma 1960), Amstad for German (Amstad 1978), Flesch Reading
/// Ease for English (Flesch 1948). All three read 0–100, higher is easier.
/// </summary>
public sealed record ReadabilityIndex(string Name, Func<double, double, double> Formula)
{
    public static ReadabilityIndex FleschDouma { get; } = new("Flesch–Douma", (asl, asw) => 206.835 - (0.93 * asl) - (77 * asw));

    public static ReadabilityIndex Amstad { get; } = new("Amstad", (asl, asw) => 180 - asl - (58.5 * asw));

    public static ReadabilityIndex FleschReadingEase { get; } = new("Flesch Reading Ease", (asl, asw) => 206.835 - (1.015 * asl) - (84.6 * asw));

    /// <summary>The index used for a language; English's for any language without one of its own.</summary>
    public static ReadabilityIndex For(string language) => language switch
    {
        "nl" => FleschDouma,
        "de" => Amstad,
        _ => FleschReadingEase,
    };

    public double Compute(double averageSentenceLength, double averageSyllablesPerWord) => Formula(averageSentenceLength, averageSyllablesPerWord);

    /// <summary>Flesch's bands, which Douma and Amstad keep: 90+ very easy … below 30 very difficult.</summary>
    public static string Band(double index) => index switch
    {
        >= 90 => "very easy",
        >= 80 => "easy",
        >= 70 => "fairly easy",
        >= 60 => "standard",
        >= 50 => "fairly difficult",
        >= 30 => "difficult",
        _ => "very difficult",
    };
}
