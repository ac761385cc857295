import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useId } from "react";
import { Link, useSearchParams } from "react-router";
import { PageHeading } from "../../../components/page-heading.tsx";
import { useMessages } from "../../../i18n/i18n.tsx";
import { customerSearchQuery } from "../api/customers.queries.ts";
import { agentMessages } from "../i18n/agent.messages.ts";
import "./customers-page.css";

/**
 * `/agent/customers?q=…` (staff who may see customers): search by name, address, phone or domain.
 * The API decides which fields come back for the signed-in role; the list shows only contact data.
 */
export function CustomersPage() {
  const t = useMessages(agentMessages);
  const [params, setParams] = useSearchParams();
  const q = params.get("q")?.trim() ?? "";
  const inputId = useId();
  const results = useQuery(customerSearchQuery(q));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get("q") ?? "").trim();
    setParams(text ? { q: text } : {});
  };

  return (
    <div className="page page--wide customers-page">
      <PageHeading title={t("customers.title")} />
      <p className="lead">{t("customers.purpose")}</p>
      <search className="customers-search">
        <form onSubmit={submit}>
          <label className="field__label" htmlFor={inputId}>
            {t("customers.searchLabel")}
          </label>
          <div className="customers-search__row">
            <input
              className="field__input"
              id={inputId}
              name="q"
              type="search"
              maxLength={100}
              defaultValue={q}
              key={q}
            />
            <button type="submit" className="button">
              {t("customers.search")}
            </button>
          </div>
        </form>
      </search>
      {q === "" ? null : results.isPending ? (
        <p>{t("customers.searching")}</p>
      ) : results.isError ? (
        <p role="alert">{t("customers.failed")}</p>
      ) : results.data.items.length === 0 ? (
        <p role="status">{t("customers.none", { q })}</p>
      ) : (
        <table className="customers-table">
          <thead>
            <tr>
              <th scope="col">{t("customers.name")}</th>
              <th scope="col">{t("customers.email")}</th>
              <th scope="col">{t("customers.services")}</th>
            </tr>
          </thead>
          <tbody>
            {results.data.items.map((customer) => (
              <tr key={customer.id}>
                <th scope="row">
                  <Link to={`/agent/customers/${customer.id}`}>{customer.name}</Link>
                </th>
                <td className="customers-table__email">{customer.email}</td>
                <td>{customer.services.map((service) => service.name).join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
