namespace EduRelief.Modules.Subsidies.Domain;

/// <summary>
/// The account a line is paid into, as the Registry held it when the batch was approved: kept with the line, so a
/// later change in the Registry does not alter what an approved batch pays, and the bank file is that batch's alone.
/// </summary>
internal sealed class LineAccount
{
    public long BatchLineId { get; init; }

    public required string Holder { get; init; }

    public required string Bank { get; init; }

    public required string Number { get; init; }
}
