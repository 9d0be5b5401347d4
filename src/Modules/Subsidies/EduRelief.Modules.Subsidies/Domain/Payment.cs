using EduRelief.Contracts.Subsidies;

namespace EduRelief.Modules.Subsidies.Domain;

/// <summary>
/// The one award of a (student, programme, term). Its unique key is the database's guarantee that nobody is paid
/// twice: approval reserves it, the bank's result marks it paid, a failure releases it for a later batch.
/// </summary>
internal sealed class Payment
{
    public long Id { get; init; }

    public Guid StudentId { get; init; }

    public ProgrammeCode Programme { get; init; }

    public required string Term { get; init; }

    public int Year { get; init; }

    public Guid BatchId { get; init; }

    public decimal Amount { get; init; }

    public PaymentStatus Status { get; set; }

    public DateOnly? PaidOn { get; set; }

    public string? BankReference { get; set; }
}
