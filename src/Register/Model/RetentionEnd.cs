using System.ComponentModel;

namespace Register.Model;

/// <summary>What happens to data when its retention period ends.</summary>
public enum RetentionEnd
{
    [Description("The data is deleted.")] Delete,
    [Description("The data is anonymised.")] Anonymise,
    [Description("The data is reviewed and deleted unless another retention duty applies.")] Review,
}
