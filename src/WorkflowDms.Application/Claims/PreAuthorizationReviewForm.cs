using System.Globalization;
using WorkflowDms.Application.Common;
using WorkflowDms.Application.Inbox;

namespace WorkflowDms.Application.Claims;

/// <summary>
/// The reviewer's (or, escalated, the supervisor's) decision on a pre-authorisation: approve with the authorised
/// maximum (<c>approvedAmount</c>) and the last valid day (<c>validUntil</c>), or reject / send back with a reason.
/// </summary>
internal sealed class PreAuthorizationReviewForm : ITaskForm
{
    /// <summary>Below ten million in the dealer's currency, at most two decimals: the same bounds as the dealer's estimate.</summary>
    public const decimal MaxAmount = 10_000_000m;

    public string FormKey => PreAuthorizationKeys.FormKey;

    public IReadOnlyList<string> Decisions { get; } = ["approve", "reject", "send-back"];

    public static bool IsAmount(decimal amount) => amount > 0 && amount < MaxAmount && amount * 100 == decimal.Truncate(amount * 100);

    public IReadOnlyDictionary<string, object?> FieldVariables(string decision, TaskDecision body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (decision != "approve")
        {
            // Only an approval authorises anything; a stray amount on a rejection is a mistake worth reporting.
            return TaskForms.NoFields(body);
        }

        if (body.ApprovedAmount is not { } amount || !IsAmount(amount))
        {
            throw new RequestBodyException(400, "Invalid decision",
                "An approval needs approvedAmount (the authorised maximum): above 0, below 10,000,000, at most two decimals.", "approvedAmount");
        }

        if (body.ValidUntil is not { } until)
        {
            throw new RequestBodyException(400, "Invalid decision", "An approval needs validUntil (the last valid day, yyyy-MM-dd).", "validUntil");
        }

        return new Dictionary<string, object?>
        {
            [PreAuthorizationKeys.AuthorizedMaxVariable] = (long)(amount * 100),
            [PreAuthorizationKeys.ValidUntilVariable] = until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }
}
