using EduRelief.BuildingBlocks.Inbox;
using EduRelief.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>A module's own database: its tables plus its outbox and inbox.</summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IOutboxDbContext
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Queues an event or command; it is stored by the next SaveChanges, in the same transaction as the change.</summary>
    public void AddToOutbox(object message, DateTimeOffset occurredAt) =>
        OutboxMessages.Add(OutboxSerializer.Create(message, occurredAt));

    protected override void OnModelCreating(ModelBuilder modelBuilder) => OutboxModel.Configure(modelBuilder);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => OutboxModel.ConfigureConventions(configurationBuilder);
}
