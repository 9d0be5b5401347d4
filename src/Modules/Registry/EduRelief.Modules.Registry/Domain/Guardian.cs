using System.Text.RegularExpressions;
using EduRelief.SharedKernel.Localization;
using EduRelief.SharedKernel.Primitives;
using EduRelief.SharedKernel.Validation;

namespace EduRelief.Modules.Registry.Domain;

/// <summary>The student's guardian (监护人). The national ID, when given, is a checked one; the phone a mobile or a landline.</summary>
internal sealed partial record Guardian(string Name, string? Relation, string? NationalId, string? Phone)
{
    public const int MaxNameLength = 50;
    public const int MaxRelationLength = 20;

    /// <summary>Null when every part is empty: no guardian. A name is needed once any part is given.</summary>
    public static Guardian? Check(string? name, string? relation, string? nationalId, string? phone, ValidationErrors errors)
    {
        (name, relation, nationalId, phone) = (Trimmed(name), Trimmed(relation), Trimmed(nationalId)?.ToUpperInvariant(), Trimmed(phone));
        if (name is null && relation is null && nationalId is null && phone is null)
        {
            return null;
        }

        var before = errors.Count;
        errors.Name("guardian.name", name, MaxNameLength);
        errors.MaxLength("guardian.relation", relation, MaxRelationLength);
        if (nationalId is not null && !SharedKernel.Primitives.NationalId.TryParse(nationalId, out _, out var idError))
        {
            errors.Add("guardian.nationalId", idError);
        }

        if (phone is not null && !PhoneShape().IsMatch(phone))
        {
            errors.Add("guardian.phone", new UserText(
                $"“{phone}” 不是有效的电话号码（11 位手机号，或带区号的固定电话如 0851-12345678）",
                $"'{phone}' is not a phone number (an 11-digit mobile, or a landline with its area code such as 0851-12345678)"));
        }

        return errors.Count > before ? null : new Guardian(name!, relation, nationalId, phone);
    }

    public Guardian MaskedForView() => this with
    {
        NationalId = NationalId is null ? null : SharedKernel.Primitives.NationalId.Mask(NationalId),
        Phone = Phone is { Length: > 7 } p ? string.Concat(p.AsSpan(0, 3), new string('*', p.Length - 7), p.AsSpan(p.Length - 4)) : Phone,
    };

    /// <summary>How the history shows it: masked, since the history is read by everyone who reads the file.</summary>
    public override string ToString()
    {
        var masked = MaskedForView();
        return string.Join(" / ", new[] { Name, Relation, masked.NationalId, masked.Phone }.Where(p => p is not null));
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^(1\d{10}|0\d{2,3}-?\d{7,8})$")]
    private static partial Regex PhoneShape();
}
