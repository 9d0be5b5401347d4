namespace EduRelief.Contracts.Registry;

/// <summary>The account aid is paid into (the family's 惠民惠农“一卡通”); the number is masked but for the bank file.</summary>
public sealed record PaymentAccountDto
{
    public required string Holder { get; init; }

    public required string Bank { get; init; }

    public required string Number { get; init; }
}
