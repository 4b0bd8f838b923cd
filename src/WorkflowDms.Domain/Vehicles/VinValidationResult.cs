namespace WorkflowDms.Domain.Vehicles;

/// <summary>Outcome of <see cref="VinValidator.Validate"/>; <see cref="Position"/> is 1-based.</summary>
public readonly record struct VinValidationResult(VinError Error, int? Position, char? ExpectedCheckDigit)
{
    public static VinValidationResult Valid => new(VinError.None, null, null);

    public bool IsValid => Error == VinError.None;

    /// <summary>A human-readable reason, suitable for a ProblemDetails field error.</summary>
    public string Reason => Error switch
    {
        VinError.None => "valid",
        VinError.Length => "A VIN has exactly 17 characters.",
        VinError.IllegalCharacter => $"Character {Position} is not allowed in a VIN (digits and capital letters except I, O and Q).",
        VinError.CheckDigit => $"The check digit (character 9) should be '{ExpectedCheckDigit}'.",
        _ => Error.ToString(),
    };
}
