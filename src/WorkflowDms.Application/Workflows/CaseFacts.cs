namespace WorkflowDms.Application.Workflows;

/// <summary>What the inbox copies from a case onto its tasks (filters, sorts, the inbox row).</summary>
/// <param name="Status">The case's status name.</param>
/// <param name="DealerId">The dealer the case belongs to; null when it has none (recall campaigns).</param>
/// <param name="Amount">The case's amount in minor units; null when it has none.</param>
/// <param name="Currency">ISO 4217 code of <paramref name="Amount"/>; null to use the dealer's.</param>
public sealed record CaseFacts(string Status, Guid? DealerId, long? Amount, string? Currency);
