using NodaTime;
using NodaTime.Text;

namespace Register.Validation.Checks;

/// <summary>How values are written in messages: the same in every culture.</summary>
internal static class Show
{
    public static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
