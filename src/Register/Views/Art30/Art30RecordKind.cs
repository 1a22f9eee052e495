namespace Register.Views.Art30;

/// <summary>Which of the two records of Art. 30 a view is.</summary>
public enum Art30RecordKind
{
    /// <summary>Art. 30(1): activities where the organisation is (joint) controller.</summary>
    Controller,

    /// <summary>Art. 30(2): activities the organisation carries out as processor for others.</summary>
    Processor,
}
