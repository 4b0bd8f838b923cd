namespace WorkflowDms.Domain.Vehicles;

public enum VinError
{
    None,
    Length,
    IllegalCharacter,
    CheckDigit,
}
