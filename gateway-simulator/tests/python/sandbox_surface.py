"""The official Python client (midtransclient) against the simulator, asserting what its own
sandbox tests assert (docs/midtrans.md §13-§25). Run by tests/fidelity/python-client.test.ts,
which starts a simulator and passes SIM_URL, SERVER_KEY and CLIENT_KEY; skipped there when
python3 or midtransclient is missing (pip install midtransclient).
"""
import datetime
import json
import os
import sys
import unittest
import urllib.request

import midtransclient
from midtransclient.config import ApiConfig

SIM_URL = os.environ["SIM_URL"]
SERVER_KEY = os.environ["SERVER_KEY"]
CLIENT_KEY = os.environ["CLIENT_KEY"]
ApiConfig.CORE_SANDBOX_BASE_URL = SIM_URL
ApiConfig.SNAP_SANDBOX_BASE_URL = SIM_URL + "/snap/v1"

STAMP = datetime.datetime.now().strftime("%Y%m%d%H%M%S%f")
NEXT_YEAR = str(datetime.date.today().year + 1)


def core():
    return midtransclient.CoreApi(is_production=False, server_key=SERVER_KEY, client_key=CLIENT_KEY)


def driver(method, path, body=None):
    req = urllib.request.Request(SIM_URL + "/sim/v1" + path, method=method,
                                 data=json.dumps(body or {}).encode(), headers={"content-type": "application/json"})
    with urllib.request.urlopen(req) as res:
        return json.loads(res.read())


def api_error(test, call):
    try:
        call()
    except midtransclient.error_midtrans.MidtransAPIError as err:
        return err
    test.fail("expected MidtransAPIError")


def card(number):
    return {"card_number": number, "card_exp_month": "12", "card_exp_year": NEXT_YEAR, "card_cvv": "123", "client_key": CLIENT_KEY}


def cc_charge(order_id, token):
    return {"payment_type": "credit_card", "transaction_details": {"gross_amount": 12145, "order_id": order_id},
            "credit_card": {"token_id": token}}


def va_charge(order_id, amount=44145):
    return {"payment_type": "bank_transfer", "transaction_details": {"gross_amount": amount, "order_id": order_id},
            "bank_transfer": {"bank": "bca"}}


class CoreApiTest(unittest.TestCase):
    def test_card_token_register_point_inquiry_and_one_click(self):
        token = core().card_token(card("5264 2210 3887 4659"))
        self.assertEqual(int(token["status_code"]), 200)
        saved = core().card_register(card("4811 1111 1111 1114"))
        self.assertEqual(int(saved["status_code"]), 200)
        self.assertIn("402", api_error(self, lambda: core().card_point_inquiry(token["token_id"])).message)
        simple = core().charge(cc_charge("py-cc-" + STAMP, token["token_id"]))
        self.assertEqual((simple["status_code"], simple["transaction_status"], simple["fraud_status"]), ("200", "capture", "accept"))
        one_click = core().charge(cc_charge("py-oneclick-" + STAMP, saved["saved_token_id"]))
        self.assertEqual((one_click["transaction_status"], one_click["fraud_status"]), ("capture", "accept"))
        # A capture is not settled: refund and direct refund are 412; approve / deny too.
        for call in (lambda: core().transactions.refund(simple["order_id"], {"refund_key": "order1-ref1", "amount": 5000, "reason": "x"}),
                     lambda: core().transactions.refundDirect(simple["order_id"], {"refund_key": "order1-ref1", "amount": 5000}),
                     lambda: core().transactions.approve(simple["order_id"]),
                     lambda: core().transactions.deny(simple["order_id"])):
            self.assertIn("412", api_error(self, call).message)
        cancelled = core().transactions.cancel(simple["order_id"])
        self.assertEqual((int(cancelled["status_code"]), cancelled["transaction_status"]), (200, "cancel"))
        status = core().transactions.status(simple["order_id"])
        self.assertEqual((int(status["status_code"]), status["transaction_status"]), (200, "cancel"))

    def test_bank_transfer_status_notification_expire(self):
        order_id = "py-va-" + STAMP
        charged = core().charge(va_charge(order_id))
        self.assertEqual((int(charged["status_code"]), charged["transaction_status"]), (201, "pending"))
        status = core().transactions.status(order_id)
        self.assertEqual((int(status["status_code"]), status["gross_amount"], status["currency"]), (201, "44145.00", "IDR"))
        self.assertEqual(core().transactions.notification(status)["transaction_status"], "pending")
        self.assertEqual(core().transactions.notification(json.dumps(status))["transaction_status"], "pending")
        expired = core().transactions.expire(order_id)
        self.assertEqual((int(expired["status_code"]), expired["transaction_status"]), (407, "expire"))
        self.assertEqual(core().transactions.status(order_id)["status_code"], "407")

    def test_errors(self):
        err = api_error(self, lambda: core().transactions.status("non-exist-order-id"))
        self.assertIn("404", err.message)
        self.assertIn("exist", err.message)
        self.assertIsInstance(err.http_status_code, int)
        self.assertIsInstance(err.api_response_dict, dict)
        keyless = midtransclient.CoreApi(is_production=False, server_key="", client_key="")
        err = api_error(self, lambda: keyless.charge(va_charge("py-401-" + STAMP)))
        self.assertIn("401", err.message)
        self.assertIn("unauthorized", err.message)
        # The Python client's own test expects 500 "unexpected" here; the simulator answers the
        # validation error the Node client's test expects (README, Differences).
        self.assertIn("400", api_error(self, lambda: core().charge(None)).message)
        zero = va_charge("py-zero-" + STAMP, 0)
        self.assertIn("400", api_error(self, lambda: core().charge(zero)).message)


def link_params(phone):
    return {"payment_type": "gopay", "gopay_partner": {"phone_number": phone, "country_code": "62", "redirect_url": "https://midtrans.com"}}


class TokenizationTest(unittest.TestCase):
    def test_link_get_unlink(self):
        linked = core().link_payment_account(link_params("81234567891"))
        self.assertEqual((linked["status_code"], linked["account_status"]), ("201", "PENDING"))
        self.assertEqual(core().get_payment_account(linked["account_id"])["status_code"], "201")
        err = api_error(self, lambda: core().unlink_payment_account(linked["account_id"]))
        self.assertIn("412", err.message)
        self.assertIn("Account status cannot be updated.", err.message)
        driver("POST", "/pay-accounts/%s/activate" % linked["account_id"])
        self.assertEqual(core().get_payment_account(linked["account_id"])["account_status"], "ENABLED")
        self.assertEqual(core().unlink_payment_account(linked["account_id"])["account_status"], "DISABLED")
        self.assertIn("404", api_error(self, lambda: core().get_payment_account("unknown-account")).message)

    def test_sandbox_phones(self):
        self.assertEqual(core().link_payment_account(link_params("123450001"))["channel_response_message"], "User Not Found")
        self.assertEqual(core().link_payment_account(link_params("123450002"))["channel_response_message"], "Wallet is Blocked")
        err = api_error(self, lambda: core().link_payment_account(link_params("081234567891")))
        self.assertIn("400", err.message)
        self.assertIn("gopay_partner.phone_number must be numeric digits and must not begin with 0", err.message)


def subscription_params():
    return {"name": "SUBS-PY-" + STAMP, "amount": "100000", "currency": "IDR", "payment_type": "credit_card",
            "token": "436502qFfqfAQKScMtPRPdZDOaeg7199",
            "schedule": {"interval": 1, "interval_unit": "day", "max_interval": 7},
            "metadata": {"description": "Recurring payment for A"},
            "customer_details": {"first_name": "John A", "last_name": "Doe A", "email": "johndoe@email.com", "phone": "+62812345678"}}


class SubscriptionTest(unittest.TestCase):
    def test_lifecycle(self):
        created = core().create_subscription(subscription_params())
        self.assertEqual(created["status"], "active")
        sub_id = created["id"]
        self.assertEqual(core().get_subscription(sub_id)["id"], sub_id)
        self.assertEqual(core().disable_subscription(sub_id)["status_message"], "Subscription is updated.")
        self.assertEqual(core().get_subscription(sub_id)["status"], "inactive")
        self.assertEqual(core().enable_subscription(sub_id)["status_message"], "Subscription is updated.")
        self.assertEqual(core().get_subscription(sub_id)["status"], "active")
        params = subscription_params()
        params["metadata"]["description"] = "update recurring payment to ABC"
        self.assertEqual(core().update_subscription(sub_id, params)["status_message"], "Subscription is updated.")
        self.assertEqual(core().get_subscription(sub_id)["metadata"]["description"], "update recurring payment to ABC")
        core().disable_subscription(sub_id)

    def test_errors(self):
        err = api_error(self, lambda: core().create_subscription(None))
        self.assertIn("400", err.message)
        self.assertIn("Bad request", err.message)
        params = subscription_params()
        params["amount"] = 0
        self.assertIn("subscription.amount must be between 0.01 - 99999999999.00", api_error(self, lambda: core().create_subscription(params)).message)
        err = api_error(self, lambda: core().get_subscription("123"))
        self.assertIn("404", err.message)
        self.assertIn("Subscription doesn't exist.", err.message)


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=2).result
    sys.exit(0 if result.wasSuccessful() else 1)
