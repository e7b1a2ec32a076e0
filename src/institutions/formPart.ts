import { describe } from '../core/dates.js';
import { issueFrom } from '../core/issues.js';
import type { RuleIssue } from '../core/issues.js';
import { isEmailAddress, isMainlandPhone } from './contactFormats.js';
import { lackingWordIssue, readObject, readText, readWords } from '../core/evidence.js';
import { checkFlag } from './evidence.js';
import { INSTITUTION_MESSAGES } from './messages.js';
import { OPTIONAL_WORK_PLAN_SECTIONS, WORK_PLAN_SECTIONS } from './vocabulary.js';

// An amount: a digit (ASCII or full-width) or a Chinese numeral.
const AMOUNT = /[0-9０-９零〇一二三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]/u;

/** The fields of the 附件1 form (materials.form) and the sections of the 附件2 work plan. @internal */
export function checkForm(app: Record<string, unknown>, issues: RuleIssue[]): void {
  readText(app.name, ['name'], 'materials.form', issues);
  readText(app.address, ['address'], 'materials.form', issues);
  readText(app.registrationAuthority, ['registrationAuthority'], 'materials.form', issues);
  readText(app.legalRepresentative, ['legalRepresentative'], 'materials.form', issues);
  const capital = readText(app.registeredCapital, ['registeredCapital'], 'materials.form', issues);
  if (capital !== undefined && !AMOUNT.test(capital)) {
    issues.push(issueFrom(INSTITUTION_MESSAGES, 'registered_capital_invalid', 'materials.form', { path: ['registeredCapital'], received: describe(capital) }));
  }
  const contact = readObject(app.contact, ['contact'], 'materials.form', issues);
  if (contact !== undefined) {
    readText(contact.person, ['contact', 'person'], 'materials.form', issues);
    readText(contact.title, ['contact', 'title'], 'materials.form', issues);
    const phone = readText(contact.phone, ['contact', 'phone'], 'materials.form', issues);
    if (phone !== undefined && !isMainlandPhone(phone)) {
      issues.push(issueFrom(INSTITUTION_MESSAGES, 'contact_phone_invalid', 'materials.form', { path: ['contact', 'phone'], received: describe(phone) }));
    }
    const email = readText(contact.email, ['contact', 'email'], 'materials.form', issues);
    if (email !== undefined && !isEmailAddress(email)) {
      issues.push(issueFrom(INSTITUTION_MESSAGES, 'contact_email_invalid', 'materials.form', { path: ['contact', 'email'], received: describe(email) }));
    }
  }
  checkFlag(app.integrityPledgeSigned, ['integrityPledgeSigned'], 'materials.form', 'integrity_pledge_unsigned', issues);

  const sections = readWords(app.workPlanSections, ['workPlanSections'], 'materials.work_plan', WORK_PLAN_SECTIONS, issues);
  if (sections !== undefined) {
    for (const [key, term] of Object.entries(WORK_PLAN_SECTIONS)) {
      const section = key as keyof typeof WORK_PLAN_SECTIONS;
      if (sections.words.has(section) || OPTIONAL_WORK_PLAN_SECTIONS.includes(section)) continue;
      const params = { section: term.name, sectionEn: term.nameEn };
      issues.push(lackingWordIssue(INSTITUTION_MESSAGES, 'work_plan_section_lacking', 'materials.work_plan', ['workPlanSections'], key, sections.extras, params));
    }
  }
}
