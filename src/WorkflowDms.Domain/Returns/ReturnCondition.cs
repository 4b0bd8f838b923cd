namespace WorkflowDms.Domain.Returns;

/// <summary>What the dealer declares about a returned part (RT-03, RT-05).</summary>
/// <param name="Unused">New and never installed.</param>
/// <param name="OriginalPackaging">Still in the original, undamaged packaging.</param>
/// <param name="SpecialOrder">Ordered specially for the dealer (non-stock part).</param>
public sealed record ReturnCondition(bool Unused, bool OriginalPackaging, bool SpecialOrder);
