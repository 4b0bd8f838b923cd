namespace WorkflowDms.Domain.Vehicles;

/// <summary>
/// VIN format and check digit per 49 CFR 565.15, which GB 16735-2019 makes mandatory in China with the
/// same algorithm (domain-reference §6): 17 characters, no I/O/Q, transliterate, weight, sum mod 11,
/// remainder 10 written 'X', compared with position 9. Upper case only: callers normalise first.
/// </summary>
public static class VinValidator
{
    public const int Length = 17;

    public const int CheckDigitPosition = 9;

    private static ReadOnlySpan<int> Weights => [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

    public static string Normalize(string vin) => vin.Trim().ToUpperInvariant();

    public static VinValidationResult Validate(ReadOnlySpan<char> vin)
    {
        if (vin.Length != Length)
        {
            return new VinValidationResult(VinError.Length, null, null);
        }

        var sum = 0;
        for (var i = 0; i < Length; i++)
        {
            var value = Transliterate(vin[i]);
            if (value < 0)
            {
                return new VinValidationResult(VinError.IllegalCharacter, i + 1, null);
            }

            sum += value * Weights[i];
        }

        var expected = ToCheckCharacter(sum % 11);
        return vin[CheckDigitPosition - 1] == expected
            ? VinValidationResult.Valid
            : new VinValidationResult(VinError.CheckDigit, CheckDigitPosition, expected);
    }

    public static bool IsValid(ReadOnlySpan<char> vin) => Validate(vin).IsValid;

    /// <summary>The check character that position 9 must hold; the character at position 9 itself has weight 0.</summary>
    public static char ComputeCheckDigit(ReadOnlySpan<char> vin)
    {
        if (vin.Length != Length)
        {
            throw new ArgumentException("A VIN has exactly 17 characters.", nameof(vin));
        }

        var sum = 0;
        for (var i = 0; i < Length; i++)
        {
            var value = Transliterate(vin[i]);
            if (value < 0)
            {
                throw new ArgumentException($"Character {i + 1} is not allowed in a VIN.", nameof(vin));
            }

            sum += value * Weights[i];
        }

        return ToCheckCharacter(sum % 11);
    }

    private static char ToCheckCharacter(int remainder) => remainder == 10 ? 'X' : (char)('0' + remainder);

    /// <summary>49 CFR 565.15 Table IV; -1 for a character a VIN may not contain.</summary>
    private static int Transliterate(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        'A' or 'J' => 1,
        'B' or 'K' or 'S' => 2,
        'C' or 'L' or 'T' => 3,
        'D' or 'M' or 'U' => 4,
        'E' or 'N' or 'V' => 5,
        'F' or 'W' => 6,
        'G' or 'P' or 'X' => 7,
        'H' or 'Y' => 8,
        'R' or 'Z' => 9,
        _ => -1,
    };
}
