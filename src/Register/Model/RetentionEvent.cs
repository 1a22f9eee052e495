using System.ComponentModel;

namespace Register.Model;

/// <summary>An event that ends a retention earlier than its period (whichever comes first).</summary>
public enum RetentionEvent
{
    [Description("The person withdraws consent.")] ConsentWithdrawn,
    [Description("The person objects.")] Objection,
    [Description("The person unsubscribes.")] Unsubscribed,
    [Description("The person has been inactive for the period given under 'inactivity'.")] Inactivity,
}
