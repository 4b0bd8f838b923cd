using WorkflowDms.Domain.Claims;

namespace WorkflowDms.Domain.Tests.Claims;

public class ClaimNumberTests
{
    [Fact]
    public void Create_HasDatePrefixAndTenCrockfordCharacters()
    {
        var number = ClaimNumber.Create(Guid.NewGuid(), TestData.Now);

        Assert.Matches("^WC-260302-[0-9A-HJKMNP-TV-Z]{10}$", number);
    }

    [Fact]
    public void Create_SameIdAndDate_IsDeterministic()
    {
        var id = Guid.NewGuid();

        Assert.Equal(ClaimNumber.Create(id, TestData.Now), ClaimNumber.Create(id, TestData.Now));
    }

    [Fact]
    public void Create_VersionSevenIdsOfTheSameMillisecond_Differ()
    {
        var at = new DateTimeOffset(TestData.Now);
        var numbers = Enumerable.Range(0, 10_000).Select(_ => ClaimNumber.Create(Guid.CreateVersion7(at), TestData.Now)).ToHashSet();

        Assert.Equal(10_000, numbers.Count);
    }
}
