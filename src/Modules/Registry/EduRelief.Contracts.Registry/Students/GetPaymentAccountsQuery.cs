using EduRelief.SharedKernel.Messaging;

namespace EduRelief.Contracts.Registry;

/// <summary>
/// The payment accounts of these students as the Registry holds them now, full numbers (between modules nothing is
/// masked); a student with no account is not in the answer. For a batch's approval, a page of students at a time.
/// </summary>
public sealed record GetPaymentAccountsQuery(IReadOnlyList<Guid> StudentIds) : IQuery<IReadOnlyDictionary<Guid, PaymentAccountDto>>;
