namespace EduRelief.Modules.DropoutControl.Domain;

/// <summary>
/// How a case ends: back at school (劝返复学), on to a vocational school, exempted for illness (免学, with the approving
/// authority), an approved deferral or suspension (缓学、休学, which is not a dropout), or another reason.
/// </summary>
internal enum CaseOutcome
{
    Returned,
    TransferredToVocational,
    Exempted,
    Deferred,
    Other,
}
