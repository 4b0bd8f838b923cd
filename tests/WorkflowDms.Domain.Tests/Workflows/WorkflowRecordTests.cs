using WorkflowDms.Domain.Errors;
using WorkflowDms.Domain.Idempotency;
using WorkflowDms.Domain.Workflows;

namespace WorkflowDms.Domain.Tests.Workflows;

public class WorkflowRecordTests
{
    [Fact]
    public void Bookmarks_HaveReadableKeysPerKind()
    {
        var instance = Guid.NewGuid();
        var task = Guid.NewGuid();

        var user = BookmarkRecord.ForUserTask(Guid.NewGuid(), instance, "b1", "Review", task);
        var timer = BookmarkRecord.ForTimer(Guid.NewGuid(), instance, "b2", "Deadline", TestData.Now);
        var message = BookmarkRecord.ForMessage(Guid.NewGuid(), instance, "b3", "WaitParts", "parts-received", "WC-1");

        Assert.Equal((BookmarkKinds.UserTask, $"task:{task}"), (user.Kind, user.Key));
        Assert.Equal((BookmarkKinds.Timer, $"timer:{instance}:b2", TestData.Now), (timer.Kind, timer.Key, timer.DueAt!.Value));
        Assert.Equal((BookmarkKinds.Message, "message:parts-received:WC-1"), (message.Kind, message.Key));
    }

    [Fact]
    public void ProcessDefinition_Deploy_HashesTheXml()
    {
        var definition = ProcessDefinitionRecord.Deploy(Guid.NewGuid(), "warranty-claim", 1, "abc", TestData.Now);

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", definition.Sha256);
        Assert.Throws<ArgumentOutOfRangeException>(() => ProcessDefinitionRecord.Deploy(Guid.NewGuid(), "p", 0, "x", TestData.Now));
    }

    [Fact]
    public void Instance_Update_StoresStateAndTime()
    {
        var instance = WorkflowInstanceRecord.Start(Guid.NewGuid(), "warranty-claim", 1, "claim:1", "Running", "{}", TestData.Now);

        instance.Update("Completed", "{\"tokens\":[]}", TestData.Now.AddHours(1));

        Assert.Equal(("Completed", "{\"tokens\":[]}", TestData.Now.AddHours(1), TestData.Now), (instance.Status, instance.StateJson, instance.UpdatedAt, instance.CreatedAt));
    }

    [Fact]
    public void Idempotency_SameKeyOtherBody_IsAConflict()
    {
        var record = IdempotencyRecord.Record(Guid.NewGuid(), Guid.NewGuid(), "k1", "h1", 201, "{}", Guid.NewGuid(), TestData.Now);

        record.EnsureSameRequest("h1");
        var error = Assert.Throws<ConflictException>(() => record.EnsureSameRequest("h2"));
        Assert.Equal("idempotency-key-reused", error.Code);
    }
}
