using EduRelief.BuildingBlocks.Inbox;
using EduRelief.BuildingBlocks.Outbox;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.BuildingBlocks.Persistence;

/// <summary>
/// A module database with an outbox and an inbox. <see cref="ModuleDbContext"/> is the usual one; a module whose
/// context must derive from another base (Identity's) implements this and calls <see cref="OutboxModel.Configure"/>.
/// </summary>
public interface IOutboxDbContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<InboxMessage> InboxMessages { get; }
}
