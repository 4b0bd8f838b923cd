using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Recalls;

namespace WorkflowDms.Domain.Tests.Recalls;

/// <summary>Per-VIN status Open → Remedied | NotApplicable | Excluded, and the stop-sale flag .</summary>
public sealed class CampaignVehicleTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);

    private static CampaignVehicle Add(RecallCampaign campaign, bool unsold, string? dealerPath = "/HQ/R1/B11/D1001/") =>
        CampaignVehicle.Add(Guid.NewGuid(), campaign, Guid.NewGuid(), "LSVRC2A55SN100001", Guid.NewGuid(), dealerPath, unsold, 1, Now);

    [Fact]
    public void UnsoldStockOfASafetyCampaign_IsUnderStopSale()
    {
        var safety = RecallCampaignLifecycleTests.NewCampaign();

        Assert.True(Add(safety, unsold: true).StopSale);
        Assert.False(Add(safety, unsold: false).StopSale);
        Assert.False(Add(safety, unsold: true, dealerPath: null).StopSale);
        Assert.False(Add(RecallCampaignLifecycleTests.NewCampaign(type: RecallType.Emissions), unsold: true).StopSale);
    }

    [Fact]
    public void VehicleWithoutDealer_IsFiledUnderTheCampaignOwner()
    {
        var vehicle = Add(RecallCampaignLifecycleTests.NewCampaign(), unsold: false, dealerPath: null);

        Assert.Equal(("/HQ/", null), (vehicle.OrgPath, vehicle.DealerOrgNodeId));
    }

    [Fact]
    public void Remedy_MarksRemedied_LiftsStopSale_AndCannotRepeat()
    {
        var vehicle = Add(RecallCampaignLifecycleTests.NewCampaign(), unsold: true);
        var claimId = Guid.NewGuid();

        vehicle.Remedy(claimId, Now);

        Assert.Equal((CampaignVehicleStatus.Remedied, false, claimId), (vehicle.Status, vehicle.StopSale, vehicle.RecallClaimId));
        Assert.Throws<InvalidTransitionException>(() => vehicle.Remedy(Guid.NewGuid(), Now));
        Assert.Throws<InvalidTransitionException>(() => vehicle.SetDisposition(CampaignVehicleStatus.Excluded, "scrapped", Now));
    }

    [Theory]
    [InlineData(CampaignVehicleStatus.NotApplicable)]
    [InlineData(CampaignVehicleStatus.Excluded)]
    public void Disposition_TakesTheVinOut_AndEndsItsStopSale(CampaignVehicleStatus disposition)
    {
        var vehicle = Add(RecallCampaignLifecycleTests.NewCampaign(), unsold: true);

        vehicle.SetDisposition(disposition, "exported", Now);

        Assert.Equal((disposition, false), (vehicle.Status, vehicle.StopSale));
        Assert.Throws<InvalidTransitionException>(() => vehicle.Remedy(Guid.NewGuid(), Now));
    }

    [Fact]
    public void Disposition_ToOpenOrRemedied_OrWithoutReason_IsRefused()
    {
        var vehicle = Add(RecallCampaignLifecycleTests.NewCampaign(), unsold: true);

        Assert.Throws<BusinessRuleException>(() => vehicle.SetDisposition(CampaignVehicleStatus.Remedied, "x", Now));
        Assert.Throws<BusinessRuleException>(() => vehicle.SetDisposition(CampaignVehicleStatus.Excluded, "", Now));
        Assert.Equal(CampaignVehicleStatus.Open, vehicle.Status);
    }
}
