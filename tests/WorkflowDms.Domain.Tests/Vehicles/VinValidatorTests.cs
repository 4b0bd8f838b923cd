using CsCheck;
using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Vehicles;

namespace WorkflowDms.Domain.Tests.Vehicles;

public class VinValidatorTests
{
    private const string VinAlphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    private const string CheckAlphabet = "0123456789X";

    /// <summary>A random VIN with a correct check digit.</summary>
    private static readonly Gen<string> ValidVin = Gen.Char[VinAlphabet].Array[VinValidator.Length].Select(chars =>
    {
        chars[VinValidator.CheckDigitPosition - 1] = '0';
        chars[VinValidator.CheckDigitPosition - 1] = VinValidator.ComputeCheckDigit(chars);
        return new string(chars);
    });

    [Theory]
    [InlineData("1G4AH59H45G118341")] // 49 CFR 565 Table V, sum 411
    [InlineData("1M8GDM9AXKP042788")] // check digit X
    [InlineData("JH2RC3605MM101581")]
    [InlineData("1J9RP1A36A1644345")] // NHTSA outline
    [InlineData("LJCPCBLCX11000237")] // Chinese WMI, GB 16735
    [InlineData("LSVAU2185N2100001")] // demo data
    [InlineData("LSVAU2187N2100002")]
    [InlineData("LSVAU2180M2100003")]
    public void Validate_PublishedAndDemoVectors_AreValid(string vin)
    {
        var result = VinValidator.Validate(vin);

        Assert.True(result.IsValid, result.Reason);
        Assert.Equal(vin[8], VinValidator.ComputeCheckDigit(vin));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1G4AH59H45G11834")]
    [InlineData("1G4AH59H45G1183411")]
    public void Validate_WrongLength_ReportsLength(string vin) =>
        Assert.Equal(VinError.Length, VinValidator.Validate(vin).Error);

    [Theory]
    [InlineData("IG4AH59H45G118341", 1)]
    [InlineData("1G4AH59H45G11834O", 17)]
    [InlineData("1G4AQ59H45G118341", 5)]
    [InlineData("1g4AH59H45G118341", 2)]
    [InlineData("1G4AH59H45G-18341", 12)]
    public void Validate_IllegalCharacter_ReportsPosition(string vin, int position)
    {
        var result = VinValidator.Validate(vin);

        Assert.Equal((VinError.IllegalCharacter, position), (result.Error, result.Position!.Value));
        Assert.Contains(position.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WrongCheckDigit_ReportsTheExpectedOne()
    {
        var result = VinValidator.Validate("1G4AH59H55G118341");

        Assert.Equal((VinError.CheckDigit, 9, '4'), (result.Error, result.Position!.Value, result.ExpectedCheckDigit!.Value));
        Assert.Contains("'4'", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Property_GeneratedVinsWithComputedCheckDigit_AreValid() =>
        ValidVin.Sample(vin => Assert.True(VinValidator.IsValid(vin), vin));

    [Fact]
    public void Property_AnyOtherCheckCharacter_IsInvalid() =>
        Gen.Select(ValidVin, Gen.Char[CheckAlphabet]).Sample((vin, replacement) =>
        {
            if (replacement == vin[8])
            {
                return;
            }

            var flipped = string.Concat(vin.AsSpan(0, 8), new ReadOnlySpan<char>(in replacement), vin.AsSpan(9));
            Assert.Equal(VinError.CheckDigit, VinValidator.Validate(flipped).Error);
        });

    [Fact]
    public void Normalize_TrimsAndUppercases() =>
        Assert.Equal("LSVAU2185N2100001", VinValidator.Normalize(" lsvau2185n2100001 "));

    [Fact]
    public void Vehicle_Register_RejectsInvalidVinAndStoresNormalized()
    {
        Assert.Throws<BusinessRuleException>(() => Vehicle.Register(Guid.NewGuid(), "LSVAU2186N2100001", "MG-A", TestData.Now, 36, 100_000));

        var vehicle = Vehicle.Register(Guid.NewGuid(), "lsvau2185n2100001", "MG-A", TestData.Now, 36, 100_000);
        vehicle.PutInService(TestData.Now.AddDays(10), null);

        Assert.Equal("LSVAU2185N2100001", vehicle.Vin);
        Assert.Equal(TestData.Now.AddDays(10).AddMonths(36), vehicle.CoverageEndsOn);
    }

    [Fact]
    public void Vehicle_InServiceBeforeProduction_IsRefused()
    {
        var vehicle = Vehicle.Register(Guid.NewGuid(), "LSVAU2185N2100001", "MG-A", TestData.Now, 36, 100_000);

        Assert.Throws<BusinessRuleException>(() => vehicle.PutInService(TestData.Now.AddDays(-1), null));
    }
}
