namespace WorkflowDms.LoadTests.Setup;

/// <summary>What the setup created: the org root and the dealers.</summary>
internal sealed record SeededOrganisation(Guid HqId, IReadOnlyList<SeededDealer> Dealers);
