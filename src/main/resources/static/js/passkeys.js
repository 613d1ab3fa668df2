// Passkeys (WebAuthn) against Spring Security's endpoints: sign in with a button marked
// data-passkey-sign-in, register from a form marked data-passkey-register (its "label"
// field names the passkey). Errors show in the element marked data-passkey-message.
(function () {
  'use strict';

  function toBase64Url(buffer) {
    var bytes = new Uint8Array(buffer);
    var text = '';
    for (var i = 0; i < bytes.length; i++) {
      text += String.fromCharCode(bytes[i]);
    }
    return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  function fromBase64Url(value) {
    var base64 = value.replace(/-/g, '+').replace(/_/g, '/');
    while (base64.length % 4) {
      base64 += '=';
    }
    var text = atob(base64);
    var bytes = new Uint8Array(text.length);
    for (var i = 0; i < text.length; i++) {
      bytes[i] = text.charCodeAt(i);
    }
    return bytes.buffer;
  }

  function post(url, body) {
    var headers = { 'Content-Type': 'application/json' };
    var token = document.querySelector('input[name="_csrf"]');
    if (token) {
      headers['X-CSRF-TOKEN'] = token.value;
    }
    return fetch(url, {
      method: 'POST', headers: headers, credentials: 'same-origin',
      body: body ? JSON.stringify(body) : undefined
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('The server answered ' + response.status + '.');
      }
      return response.json();
    });
  }

  function show(message) {
    var element = document.querySelector('[data-passkey-message]');
    if (element) {
      element.textContent = message;
      element.classList.remove('d-none');
    }
  }

  function descriptors(list) {
    return (list || []).map(function (credential) {
      return Object.assign({}, credential, { id: fromBase64Url(credential.id) });
    });
  }

  function signIn(button) {
    var base = (button.getAttribute('data-context-path') || '').replace(/\/$/, '');
    post(base + '/webauthn/authenticate/options').then(function (options) {
      return navigator.credentials.get({
        publicKey: Object.assign({}, options, {
          challenge: fromBase64Url(options.challenge),
          allowCredentials: descriptors(options.allowCredentials)
        })
      });
    }).then(function (credential) {
      var response = credential.response;
      return post(base + '/login/webauthn', {
        id: credential.id,
        rawId: toBase64Url(credential.rawId),
        response: {
          authenticatorData: toBase64Url(response.authenticatorData),
          clientDataJSON: toBase64Url(response.clientDataJSON),
          signature: toBase64Url(response.signature),
          userHandle: response.userHandle ? toBase64Url(response.userHandle) : undefined
        },
        credType: credential.type,
        clientExtensionResults: credential.getClientExtensionResults(),
        authenticatorAttachment: credential.authenticatorAttachment
      });
    }).then(function (result) {
      if (!result || !result.authenticated) {
        throw new Error('The passkey was not accepted.');
      }
      window.location.href = result.redirectUrl || (base + '/');
    }).catch(function (error) {
      show('Signing in with a passkey did not work: ' + error.message);
    });
  }

  function register(form) {
    var base = (form.getAttribute('data-context-path') || '').replace(/\/$/, '');
    var label = form.querySelector('[name="label"]').value.trim();
    if (!label) {
      show('Give the passkey a name, such as "Work laptop".');
      return;
    }
    post(base + '/webauthn/register/options').then(function (options) {
      return navigator.credentials.create({
        publicKey: Object.assign({}, options, {
          challenge: fromBase64Url(options.challenge),
          user: Object.assign({}, options.user, { id: fromBase64Url(options.user.id) }),
          excludeCredentials: descriptors(options.excludeCredentials)
        })
      });
    }).then(function (credential) {
      var response = credential.response;
      return post(base + '/webauthn/register', {
        publicKey: {
          credential: {
            id: credential.id,
            rawId: toBase64Url(credential.rawId),
            response: {
              attestationObject: toBase64Url(response.attestationObject),
              clientDataJSON: toBase64Url(response.clientDataJSON),
              transports: response.getTransports ? response.getTransports() : []
            },
            type: credential.type,
            clientExtensionResults: credential.getClientExtensionResults(),
            authenticatorAttachment: credential.authenticatorAttachment
          },
          label: label
        }
      });
    }).then(function (result) {
      if (!result || !result.success) {
        throw new Error('The passkey was not saved.');
      }
      window.location.href = base + '/account/second-factor?passkey-added';
    }).catch(function (error) {
      show('Adding the passkey did not work: ' + error.message);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var button = document.querySelector('[data-passkey-sign-in]');
    if (button) {
      if (!window.PublicKeyCredential) {
        button.disabled = true;
      }
      button.addEventListener('click', function () { signIn(button); });
    }
    var form = document.querySelector('form[data-passkey-register]');
    if (form) {
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        register(form);
      });
    }
  });
}());
