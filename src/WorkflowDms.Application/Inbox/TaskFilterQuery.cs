namespace WorkflowDms.Application.Inbox;

/// <summary>
/// The inbox's filter and sort parameters as the query string carries them (GET /tasks) and as a saved filter
/// keeps them. Amounts are minor units, like <see cref="TaskView.Amount"/>.
/// </summary>
public sealed record TaskFilterQuery(
    string? View = null,
    string? CaseType = null,
    string? Status = null,
    string? Due = null,
    string? Dealer = null,
    long? MinAmount = null,
    long? MaxAmount = null,
    string? Sort = null);
