namespace Register.Model;

/// <summary>
/// The date may be written as a month (<c>2021-01</c>) as well as a day. The month goes into the named
/// <see cref="NotInFileAttribute"/> property, and the date itself becomes the month's last day, the day the checks
/// that compare dates use: a version of January 2021 covers every change made in January.
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class MonthPrecisionAttribute(string monthProperty) : Attribute
{
    public string MonthProperty { get; } = monthProperty;
}
