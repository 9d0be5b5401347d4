using EduRelief.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;

namespace EduRelief.Tests.Messaging.Support;

internal sealed class MessagingDbContext(DbContextOptions<MessagingDbContext> options) : ModuleDbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    public DbSet<Receipt> Receipts => Set<Receipt>();
}
