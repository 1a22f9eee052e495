namespace Register.Model;

/// <summary>
/// The Art. 30 record (and the DPO report) prints this text, so it should be written about the people whose data is
/// processed, not to them; a text can give its record wording under <c>record:</c> (<see cref="LocalizedText.Record"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class InRecordAttribute : Attribute;
