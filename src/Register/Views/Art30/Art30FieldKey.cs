namespace Register.Views.Art30;

/// <summary>The fields of an Art. 30 record entry, by stable key (used for columns, anchors and tests).</summary>
public static class Art30FieldKey
{
    public const string Reference = "reference";
    public const string Description = "description";
    public const string Role = "role";
    public const string Controllers = "controllers";
    public const string JointControllers = "joint_controllers";
    public const string Purposes = "purposes";
    public const string ProcessingCategories = "processing_categories";
    public const string LegalBasis = "legal_basis";
    public const string LegitimateInterests = "legitimate_interests";
    public const string SpecialCategories = "special_categories";
    public const string DataSubjects = "data_subjects";
    public const string DataCategories = "data_categories";
    public const string Sources = "sources";
    public const string Recipients = "recipients";
    public const string Transfers = "transfers";
    public const string Retention = "retention";
    public const string Security = "security";
    public const string Systems = "systems";
    public const string AutomatedDecisions = "automated_decisions";
    public const string Department = "department";
    public const string Dpia = "dpia";
    public const string Created = "created";
    public const string LastChanged = "last_changed";
}
