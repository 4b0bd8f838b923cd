using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Organisation;
using WorkflowDms.Domain.Recalls;

namespace WorkflowDms.Domain.Tests.Recalls;

/// <summary>Every legal move of a recall campaign, and the illegal ones refused before anything changes.</summary>
public sealed class RecallCampaignLifecycleTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 9, 0, 0, DateTimeKind.Utc);
    private static readonly OrgNode Hq = OrgNode.CreateRoot(Guid.NewGuid(), "HQ", "Headquarters");

    public static RecallCampaign NewCampaign(string number = "RC-1", RecallType type = RecallType.Safety) =>
        RecallCampaign.Create(Guid.NewGuid(), new RecallCampaignDefinition(number, "Airbag", type, 1, "LOP-RCL-001", ["PN-RCL-001", "PN-RCL-001"], 90, 80, Now.AddYears(1), 1), Hq, "hq.recall@demo.local", Now);

    private static RecallCampaign InStatus(RecallCampaignStatus status)
    {
        var campaign = NewCampaign();
        if (status == RecallCampaignStatus.Draft)
        {
            return campaign;
        }

        campaign.Define(Now);
        if (status == RecallCampaignStatus.Defined)
        {
            return campaign;
        }

        campaign.NotifyDealers(Now);
        if (status == RecallCampaignStatus.DealersNotified)
        {
            return campaign;
        }

        campaign.Launch(Now);
        if (status == RecallCampaignStatus.Launched)
        {
            return campaign;
        }

        campaign.Activate(Now);
        if (status == RecallCampaignStatus.Active)
        {
            return campaign;
        }

        if (status == RecallCampaignStatus.Closed)
        {
            campaign.Close("done", Now);
        }
        else
        {
            campaign.Supersede(NewCampaign("RC-2"), Now);
        }

        return campaign;
    }

    [Fact]
    public void Create_IsDraft_WithNormalisedNumberAndDistinctParts()
    {
        var campaign = NewCampaign("rc-9");

        Assert.Equal((RecallCampaignStatus.Draft, "RC-9"), (campaign.Status, campaign.Number));
        Assert.Equal(["PN-RCL-001"], campaign.PartNumberList);
        Assert.True(campaign.RequiresStopSale);
        Assert.False(NewCampaign(type: RecallType.Emissions).RequiresStopSale);
    }

    [Fact]
    public void MainPath_DraftToActive_RecordsEachStep()
    {
        var campaign = InStatus(RecallCampaignStatus.Active);

        Assert.Equal(RecallCampaignStatus.Active, campaign.Status);
        Assert.NotNull(campaign.DealersNotifiedAt);
        Assert.NotNull(campaign.LaunchedAt);
        Assert.NotNull(campaign.OwnersNotifiedAt);
        Assert.True(campaign.IsClaimable);
        Assert.True(campaign.IsPublished);
    }

    [Fact]
    public void Define_AgainWhileDefined_StaysDefined()
    {
        var campaign = InStatus(RecallCampaignStatus.Defined);

        campaign.Define(Now);

        Assert.Equal(RecallCampaignStatus.Defined, campaign.Status);
        Assert.True(campaign.AcceptsVehicles);
    }

    public static TheoryData<RecallCampaignStatus, RecallCampaignTrigger> IllegalMoves
    {
        get
        {
            var data = new TheoryData<RecallCampaignStatus, RecallCampaignTrigger>();
            var legal = new Dictionary<RecallCampaignStatus, RecallCampaignTrigger[]>
            {
                [RecallCampaignStatus.Draft] = [RecallCampaignTrigger.Define, RecallCampaignTrigger.Close],
                [RecallCampaignStatus.Defined] = [RecallCampaignTrigger.Define, RecallCampaignTrigger.NotifyDealers, RecallCampaignTrigger.Close],
                [RecallCampaignStatus.DealersNotified] = [RecallCampaignTrigger.Launch, RecallCampaignTrigger.Close, RecallCampaignTrigger.Supersede],
                [RecallCampaignStatus.Launched] = [RecallCampaignTrigger.Activate, RecallCampaignTrigger.Close, RecallCampaignTrigger.Supersede],
                [RecallCampaignStatus.Active] = [RecallCampaignTrigger.Close, RecallCampaignTrigger.Supersede],
                [RecallCampaignStatus.Closed] = [],
                [RecallCampaignStatus.Superseded] = [],
            };
            foreach (var (status, triggers) in legal)
            {
                foreach (var trigger in Enum.GetValues<RecallCampaignTrigger>().Except(triggers))
                {
                    data.Add(status, trigger);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void IllegalMove_ThrowsInvalidTransition_AndChangesNothing(RecallCampaignStatus status, RecallCampaignTrigger trigger)
    {
        var campaign = InStatus(status);

        Assert.False(campaign.CanFire(trigger));
        Assert.Throws<InvalidTransitionException>(() => Fire(campaign, trigger));
        Assert.Equal(status, campaign.Status);
    }

    [Theory]
    [InlineData(RecallCampaignStatus.DealersNotified)]
    [InlineData(RecallCampaignStatus.Launched)]
    [InlineData(RecallCampaignStatus.Active)]
    public void Supersede_RecordsTheSuccessorNumber(RecallCampaignStatus status)
    {
        var campaign = InStatus(status);

        campaign.Supersede(NewCampaign("RC-NEW"), Now);

        Assert.Equal((RecallCampaignStatus.Superseded, "RC-NEW"), (campaign.Status, campaign.SupersededByNumber));
    }

    [Fact]
    public void Supersede_ByItselfOrAClosedCampaign_IsRefused()
    {
        var campaign = InStatus(RecallCampaignStatus.Active);
        var closed = InStatus(RecallCampaignStatus.Closed);

        Assert.Throws<BusinessRuleException>(() => campaign.Supersede(campaign, Now));
        Assert.Throws<BusinessRuleException>(() => campaign.Supersede(closed, Now));
        Assert.Equal(RecallCampaignStatus.Active, campaign.Status);
    }

    [Fact]
    public void Close_NeedsAReason()
    {
        var campaign = InStatus(RecallCampaignStatus.Active);

        Assert.Throws<BusinessRuleException>(() => campaign.Close(" ", Now));
        Assert.Equal(RecallCampaignStatus.Active, campaign.Status);
    }

    [Fact]
    public void LaunchConditions_AreValidated_AndPhasesNeverClose()
    {
        var campaign = NewCampaign();

        Assert.Throws<BusinessRuleException>(() => campaign.SetPartsAvailability(101, null, Now));
        campaign.OpenPhasesUpTo(3, Now);
        Assert.Throws<BusinessRuleException>(() => campaign.OpenPhasesUpTo(2, Now));
        Assert.Equal(3, campaign.OpenPhase);
    }

    [Fact]
    public void Expiry_IsInclusiveOfTheLastDay()
    {
        var campaign = NewCampaign();

        Assert.False(campaign.IsExpiredOn(campaign.ExpiresOn));
        Assert.True(campaign.IsExpiredOn(campaign.ExpiresOn.AddDays(1)));
    }

    private static void Fire(RecallCampaign campaign, RecallCampaignTrigger trigger)
    {
        switch (trigger)
        {
            case RecallCampaignTrigger.Define: campaign.Define(Now); break;
            case RecallCampaignTrigger.NotifyDealers: campaign.NotifyDealers(Now); break;
            case RecallCampaignTrigger.Launch: campaign.Launch(Now); break;
            case RecallCampaignTrigger.Activate: campaign.Activate(Now); break;
            case RecallCampaignTrigger.Close: campaign.Close("reason", Now); break;
            case RecallCampaignTrigger.Supersede: campaign.Supersede(NewCampaign("RC-OTHER"), Now); break;
            default: throw new ArgumentOutOfRangeException(nameof(trigger));
        }
    }
}
